package com.acme.boot;

import io.grpc.ServerBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.util.concurrent.TimeUnit;
import net.devh.boot.grpc.server.serverfactory.GrpcServerConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class KeepaliveCustomization {

    @Bean
    GrpcServerConfigurer keepAliveServerConfigurer() {
        return serverBuilder -> {
            if (serverBuilder instanceof NettyServerBuilder) {
                ((NettyServerBuilder) serverBuilder)
                    .permitKeepAliveTime(20, TimeUnit.SECONDS)
                    .permitKeepAliveWithoutCalls(true);
            }
        };
    }

    void configure(ServerBuilder<?> builder) {
        builder.permitKeepAliveTime(1, TimeUnit.MINUTES);
    }

    void channel(NettyChannelBuilder channelBuilder) {
        channelBuilder.keepAliveTime(30, TimeUnit.SECONDS).keepAliveWithoutCalls(true);
    }
}
